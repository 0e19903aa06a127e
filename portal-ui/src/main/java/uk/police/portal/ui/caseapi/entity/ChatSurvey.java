package uk.police.portal.ui.caseapi.entity;

/**
 * What the citizen thought of a chat; each answer may be left out (null).
 *
 * @param rating 1 (very poor) to 5 (excellent)
 */
public record ChatSurvey(
    Integer rating, Boolean wouldUseAgain, Boolean wouldOtherwiseHavePhoned101) {}
