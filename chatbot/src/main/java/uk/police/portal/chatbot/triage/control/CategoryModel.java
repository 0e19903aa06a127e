package uk.police.portal.chatbot.triage.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.police.portal.chatbot.triage.entity.Category;

/**
 * Multinomial logistic regression over {@link MessageFeatures}, trained in well under a second from
 * the labelled corpus. A linear model is small, explainable and needs nothing but the JVM.
 * Immutable once trained, so one instance can serve every thread.
 */
public final class CategoryModel {

  private static final int EPOCHS = 30;
  private static final double LEARNING_RATE = 0.3;
  private static final double L2 = 1e-3;
  private static final long SEED = 20261121L;

  private final Map<String, Integer> index;
  private final double[][] weights;
  private final Category[] classes = Category.values();

  private CategoryModel(Map<String, Integer> index, double[][] weights) {
    this.index = index;
    this.weights = weights;
  }

  /** One training example. */
  public record Example(Category category, String text) {}

  private record Encoded(int label, int[] features, double[] values) {}

  /** Learns weights with AdaGrad on shuffled examples; deterministic for the same corpus. */
  public static CategoryModel train(List<Example> examples) {
    Map<String, Integer> index = new HashMap<>();
    List<Encoded> data = new ArrayList<>();
    for (Example e : examples) {
      Map<String, Double> f = MessageFeatures.of(e.text());
      int[] idx = new int[f.size()];
      double[] val = new double[f.size()];
      int i = 0;
      for (var entry : f.entrySet()) {
        idx[i] = index.computeIfAbsent(entry.getKey(), k -> index.size());
        val[i++] = entry.getValue();
      }
      data.add(new Encoded(e.category().ordinal(), idx, val));
    }
    int k = Category.values().length;
    double[][] w = new double[k][index.size()];
    double[][] g2 = new double[k][index.size()];
    Random random = new Random(SEED);
    double[] p = new double[k];
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      Collections.shuffle(data, random);
      for (Encoded x : data) {
        scores(w, x.features(), x.values(), p);
        softmax(p);
        for (int c = 0; c < k; c++) {
          double err = p[c] - (c == x.label() ? 1 : 0);
          for (int j = 0; j < x.features().length; j++) {
            int f = x.features()[j];
            double grad = err * x.values()[j] + L2 * w[c][f];
            g2[c][f] += grad * grad;
            w[c][f] -= LEARNING_RATE * grad / (Math.sqrt(g2[c][f]) + 1e-8);
          }
        }
      }
    }
    return new CategoryModel(Map.copyOf(index), w);
  }

  /** Probability of each category, indexed by {@link Category#ordinal()}. */
  public double[] probabilities(String text) {
    Map<String, Double> f = MessageFeatures.of(text);
    int[] idx = new int[f.size()];
    double[] val = new double[f.size()];
    int n = 0;
    for (var entry : f.entrySet()) {
      Integer i = index.get(entry.getKey());
      if (i != null) {
        idx[n] = i;
        val[n++] = entry.getValue();
      }
    }
    double[] p = new double[classes.length];
    scores(weights, java.util.Arrays.copyOf(idx, n), java.util.Arrays.copyOf(val, n), p);
    softmax(p);
    return p;
  }

  private static void scores(double[][] w, int[] idx, double[] val, double[] out) {
    for (int c = 0; c < out.length; c++) {
      double s = 0;
      for (int j = 0; j < idx.length; j++) {
        s += w[c][idx[j]] * val[j];
      }
      out[c] = s;
    }
  }

  private static void softmax(double[] s) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int i = 0; i < s.length; i++) {
      s[i] = Math.exp(s[i] - max);
      sum += s[i];
    }
    for (int i = 0; i < s.length; i++) {
      s[i] /= sum;
    }
  }
}
