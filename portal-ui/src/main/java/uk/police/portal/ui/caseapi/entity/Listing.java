package uk.police.portal.ui.caseapi.entity;

import java.util.List;

/** One page of a longer list. */
public record Listing<T>(List<T> items, int page, int size, long total) {}
