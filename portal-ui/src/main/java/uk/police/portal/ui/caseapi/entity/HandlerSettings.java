package uk.police.portal.ui.caseapi.entity;

import java.util.List;

/** A supervisor's change to a handler: how many chats at once (1 to 10) and which queues. */
public record HandlerSettings(int chatLimit, List<String> skills) {}
