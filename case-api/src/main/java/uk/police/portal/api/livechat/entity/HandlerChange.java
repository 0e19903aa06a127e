package uk.police.portal.api.livechat.entity;

import java.util.List;

/** A supervisor setting a handler's limit and, optionally, skills (queue names). */
public record HandlerChange(Integer chatLimit, List<String> skills) {}
