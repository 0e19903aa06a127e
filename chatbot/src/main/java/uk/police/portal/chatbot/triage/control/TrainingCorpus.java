package uk.police.portal.chatbot.triage.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uk.police.portal.chatbot.triage.entity.Category;

/**
 * The team's own labelled phrasings, one file per category under {@code corpus/}: one message a
 * line, {@code #} for comments. Written from the taxonomy, never from the held-out dev set.
 */
public final class TrainingCorpus {

  private TrainingCorpus() {}

  public static List<CategoryModel.Example> load() {
    List<CategoryModel.Example> examples = new ArrayList<>();
    for (Category category : Category.values()) {
      String name = "/uk/police/portal/chatbot/triage/corpus/" + category.name() + ".txt";
      try (InputStream in = TrainingCorpus.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("Training corpus missing: " + name);
        }
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .forEach(line -> examples.add(new CategoryModel.Example(category, line)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return examples;
  }
}
