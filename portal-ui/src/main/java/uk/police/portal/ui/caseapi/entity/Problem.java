package uk.police.portal.ui.caseapi.entity;

import java.util.List;

/** case-api's error (RFC 9457 Problem Details); errors name the answers that were refused. */
public record Problem(String title, int status, String detail, List<FieldError> errors) {}
