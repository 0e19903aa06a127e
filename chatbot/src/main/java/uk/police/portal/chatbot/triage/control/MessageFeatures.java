package uk.police.portal.chatbot.triage.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features the category model reads: word unigrams and bigrams (what was said) and character
 * 3–5-grams inside words (robust to typos, inflections and other languages). Each group is scaled
 * to unit length so that long words do not drown the word features.
 */
public final class MessageFeatures {

  private MessageFeatures() {}

  /** Feature name to weight, for a raw message. */
  public static Map<String, Double> of(String text) {
    List<String> words = MessageText.words(MessageText.normalise(text));
    Map<String, Double> wordFeatures = new HashMap<>();
    Map<String, Double> charFeatures = new HashMap<>();
    String previous = "<s>";
    for (String w : words) {
      wordFeatures.merge("w:" + w, 1.0, Double::sum);
      wordFeatures.merge("b:" + previous + "_" + w, 1.0, Double::sum);
      previous = w;
      String padded = " " + w + " ";
      for (int n = 3; n <= 5; n++) {
        for (int i = 0; i + n <= padded.length(); i++) {
          charFeatures.merge("c:" + padded.substring(i, i + n), 1.0, Double::sum);
        }
      }
    }
    Map<String, Double> features = new HashMap<>();
    addScaled(features, wordFeatures);
    addScaled(features, charFeatures);
    features.put("bias", 1.0);
    return features;
  }

  /** Sublinear counts, then unit length per group. */
  private static void addScaled(Map<String, Double> into, Map<String, Double> group) {
    double norm = 0;
    for (var e : group.entrySet()) {
      double v = 1 + Math.log(e.getValue());
      e.setValue(v);
      norm += v * v;
    }
    double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
    group.forEach((k, v) -> into.put(k, v * scale));
  }
}
