-- Live chat: the citizen's chat with the bot and then a contact handler, the handlers who take chats,
-- and the messages between them. Several nodes share these rows: the rules that must hold under
-- concurrency (a handler's limit, one handler per chat, one row per message) are constraints here,
-- and routing takes row locks (handler first, then chat) before it changes them.

-- A contact handler as the chat router sees them. active_chats counts their ASSIGNED chats and is
-- changed only in the same transaction that assigns or releases a chat.
CREATE TABLE chat_handler (
    username            VARCHAR(64)  PRIMARY KEY,
    first_name          VARCHAR(80)  NOT NULL,
    chat_limit          INTEGER      NOT NULL,
    -- Queue names, comma-separated (GENERAL, PUBLIC_PROTECTION).
    skills              VARCHAR(200) NOT NULL,
    availability        VARCHAR(16)  NOT NULL,
    availability_since  TIMESTAMP WITH TIME ZONE NOT NULL,
    active_chats        INTEGER      NOT NULL DEFAULT 0,
    -- Routing gives a chat to the handler idle longest among those with the fewest chats.
    idle_since          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Refreshed while their console is connected; silence past the grace returns their chats.
    last_seen_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chat_handler_limit CHECK (chat_limit BETWEEN 1 AND 10),
    CONSTRAINT chat_handler_capacity CHECK (active_chats >= 0 AND active_chats <= chat_limit),
    CONSTRAINT chat_handler_availability CHECK (availability IN ('AVAILABLE', 'BUSY', 'AWAY'))
);

CREATE TABLE chat (
    -- A random UUID: not guessable and says nothing about how many chats there are.
    id                    VARCHAR(36)  PRIMARY KEY,
    -- The citizen's secret chat token, hashed; the token itself is shown once.
    token_sha256          CHAR(64)     NOT NULL,
    -- Keycloak subject when the citizen was signed in; null for an anonymous chat.
    citizen_subject       VARCHAR(64),
    citizen_name          VARCHAR(80),
    language              VARCHAR(8)   NOT NULL,
    state                 VARCHAR(16)  NOT NULL,
    queue_name            VARCHAR(32),
    -- 0 emergency, 1 high risk, 2 standard (the triage Priority, in queue order).
    priority_rank         INTEGER,
    -- First hand-over: the wait the citizen sees is counted from here.
    queued_at             TIMESTAMP WITH TIME ZONE,
    -- Order within a priority. A chat returned to the queue gets one earlier than any waiting chat.
    queue_order           TIMESTAMP WITH TIME ZONE,
    handler_username      VARCHAR(64)  REFERENCES chat_handler (username),
    -- The last handler who had the chat (kept after it ends or returns to the queue).
    handled_by            VARCHAR(64),
    assigned_at           TIMESTAMP WITH TIME ZONE,
    -- Assigned and not answered by then: offered to someone else.
    answer_due_at         TIMESTAMP WITH TIME ZONE,
    passed_over_by        VARCHAR(64),
    -- The bot's hand-over summary (category, risk, answers, language) as JSON.
    summary_json          VARCHAR(20000),
    next_seq              INTEGER      NOT NULL DEFAULT 1,
    citizen_received_seq  INTEGER      NOT NULL DEFAULT 0,
    handler_received_seq  INTEGER      NOT NULL DEFAULT 0,
    transcript_emails     INTEGER      NOT NULL DEFAULT 0,
    quick_exit_at         TIMESTAMP WITH TIME ZONE,
    case_reference        VARCHAR(32),
    referral              VARCHAR(32),
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at              TIMESTAMP WITH TIME ZONE,
    ended_by              VARCHAR(16),
    CONSTRAINT chat_state CHECK (state IN ('BOT', 'WAITING', 'ASSIGNED', 'ENDED')),
    -- One handler per chat, and only while it is assigned.
    CONSTRAINT chat_assigned_has_handler CHECK (state <> 'ASSIGNED' OR handler_username IS NOT NULL),
    CONSTRAINT chat_only_assigned_has_handler CHECK (state = 'ASSIGNED' OR handler_username IS NULL),
    CONSTRAINT chat_waiting_has_queue CHECK (state <> 'WAITING' OR (queue_name IS NOT NULL
        AND priority_rank IS NOT NULL AND queue_order IS NOT NULL))
);
CREATE INDEX chat_queue ON chat (state, priority_rank, queue_order);
CREATE INDEX chat_handler_chats ON chat (handler_username);

-- Every message of a chat, the bot's and the system's included, in the order the chat saw them.
-- Only ever inserted.
CREATE TABLE chat_message (
    chat_id      VARCHAR(36)  NOT NULL REFERENCES chat (id),
    seq          INTEGER      NOT NULL,
    -- The sender's own id for the message: a retried send with the same one is stored once.
    client_id    VARCHAR(64),
    sender       VARCHAR(16)  NOT NULL,
    sender_name  VARCHAR(80),
    kind         VARCHAR(32)  NOT NULL,
    -- Notes between staff (a transfer note, a quick exit): never shown to the citizen.
    staff_only   BOOLEAN      NOT NULL DEFAULT FALSE,
    body         VARCHAR(8000) NOT NULL,
    -- The bot's answer buttons and emergency flag, as JSON; null for everyone else.
    bot_json     VARCHAR(4000),
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (chat_id, seq),
    CONSTRAINT chat_message_client_id UNIQUE (chat_id, sender, client_id),
    CONSTRAINT chat_message_sender CHECK (sender IN ('CITIZEN', 'BOT', 'HANDLER', 'SYSTEM'))
);

-- The short survey at the end of a chat: one per chat, every answer optional.
CREATE TABLE chat_survey (
    chat_id                  VARCHAR(36) PRIMARY KEY REFERENCES chat (id),
    -- 1 very poor ... 5 excellent
    rating                   INTEGER,
    would_use_again          BOOLEAN,
    would_have_phoned_101    BOOLEAN,
    answered_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chat_survey_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
);
