package uk.police.portal.api.livechat.entity;

/** The short survey at the end of a chat; every answer may be left out. */
public record SurveyAnswers(
    Integer rating, Boolean wouldUseAgain, Boolean wouldOtherwiseHavePhoned101) {

  public static SurveyAnswers of(ChatSurvey survey) {
    return new SurveyAnswers(survey.rating(), survey.wouldUseAgain(), survey.wouldHavePhoned101());
  }
}
