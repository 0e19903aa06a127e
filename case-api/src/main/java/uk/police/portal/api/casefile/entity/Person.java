package uk.police.portal.api.casefile.entity;

/** Someone as their token names them: who reported, who works a case, who wrote an entry. */
public record Person(String subject, String username, String name) {}
