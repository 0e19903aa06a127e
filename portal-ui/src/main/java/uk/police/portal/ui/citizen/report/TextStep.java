package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;
import uk.police.portal.ui.form.Problem;
import uk.police.portal.ui.form.TextQuestion;

/** A page that asks one thing in their own words, in a text box. */
abstract class TextStep extends QuestionPage {

  final TextQuestion answer;
  private final String requiredMessage;
  private final int limit;
  private final String name;
  private final SerializableFunction<ReportAnswers, String> read;
  private final SerializableBiConsumer<ReportAnswers, String> write;

  /**
   * requiredMessage: what to say when it is left empty, or null when it may be. name: how the
   * too-long message names the answer ("what happened").
   */
  TextStep(
      Step step,
      TextQuestion answer,
      String requiredMessage,
      int limit,
      String name,
      SerializableFunction<ReportAnswers, String> read,
      SerializableBiConsumer<ReportAnswers, String> write) {
    super(step, answer.label());
    this.answer = answer;
    this.requiredMessage = requiredMessage;
    this.limit = limit;
    this.name = name;
    this.read = read;
    this.write = write;
    form(answer);
  }

  @Override
  void show(ReportAnswers answers) {
    answer.setValue(read.apply(answers));
  }

  @Override
  List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    if (requiredMessage != null) {
      require(!answer.value().isBlank(), answer, requiredMessage, problems);
    }
    problem(answer, Answers.tooLong(answer.value(), limit, name), problems);
    return problems;
  }

  @Override
  void keep(ReportAnswers answers) {
    write.accept(answers, Answers.orNull(answer.value()));
  }

  @Override
  String freeText() {
    return answer.value();
  }
}
