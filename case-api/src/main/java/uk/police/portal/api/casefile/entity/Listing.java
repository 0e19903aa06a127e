package uk.police.portal.api.casefile.entity;

import java.util.List;

/** One page of a longer list, with the total so a client can offer the next page. */
public record Listing<T>(List<T> items, int page, int size, long total) {}
