package uk.police.portal.api.livechat.entity;

/**
 * A chat just started. {@code token} is the citizen's key to it, shown this once: send it as the
 * {@code Chat-Token} header on every call about the chat.
 */
public record StartedChat(String id, String token, ChatView chat) {}
