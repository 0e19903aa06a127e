package uk.police.portal.chatbot.triage.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what people actually type into comparable words: lower case, accents kept (they matter in
 * Polish and Romanian), numbers and money folded, and British slang, text-speak and common typos
 * mapped to one plain word so that "nicked", "pinched" and "stollen" all read as "stolen".
 */
public final class MessageText {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}']+");

  /** Slang, text-speak and typos to a plain word; the original word is kept as well. */
  private static final Map<String, String> PLAIN =
      Map.ofEntries(
          Map.entry("nicked", "stolen"),
          Map.entry("nicking", "stealing"),
          Map.entry("pinched", "stolen"),
          Map.entry("swiped", "stolen"),
          Map.entry("nabbed", "stolen"),
          Map.entry("robbed", "stolen"),
          Map.entry("stole", "stolen"),
          Map.entry("stollen", "stolen"),
          Map.entry("stolon", "stolen"),
          Map.entry("taken", "stolen"),
          Map.entry("burgled", "burglary"),
          Map.entry("burglared", "burglary"),
          Map.entry("burgulared", "burglary"),
          Map.entry("burglery", "burglary"),
          Map.entry("motor", "car"),
          Map.entry("motors", "car"),
          Map.entry("vehicle", "car"),
          Map.entry("van", "car"),
          Map.entry("bicycle", "bike"),
          Map.entry("ebike", "bike"),
          Map.entry("fone", "phone"),
          Map.entry("mobile", "phone"),
          Map.entry("iphone", "phone"),
          Map.entry("bloke", "man"),
          Map.entry("geezer", "man"),
          Map.entry("fella", "man"),
          Map.entry("guy", "man"),
          Map.entry("lad", "man"),
          Map.entry("lads", "men"),
          Map.entry("hubby", "husband"),
          Map.entry("missus", "wife"),
          Map.entry("bf", "boyfriend"),
          Map.entry("gf", "girlfriend"),
          Map.entry("mam", "mum"),
          Map.entry("mom", "mum"),
          Map.entry("neighbor", "neighbour"),
          Map.entry("neighbors", "neighbours"),
          Map.entry("harrassment", "harassment"),
          Map.entry("harrassed", "harassed"),
          Map.entry("weed", "cannabis"),
          Map.entry("skunk", "cannabis"),
          Map.entry("coke", "cocaine"),
          Map.entry("battered", "beaten"),
          Map.entry("jumped", "attacked"),
          Map.entry("scammed", "scam"),
          Map.entry("conned", "scam"),
          Map.entry("ripped", "scam"),
          Map.entry("hacked", "scam"),
          Map.entry("u", "you"),
          Map.entry("ur", "your"),
          Map.entry("sum1", "someone"),
          Map.entry("some1", "someone"),
          Map.entry("ppl", "people"),
          Map.entry("pls", "please"),
          Map.entry("plz", "please"),
          Map.entry("nite", "night"),
          Map.entry("2nite", "tonight"),
          Map.entry("rn", "now"),
          Map.entry("asb", "antisocial"),
          Map.entry("tyres", "tyre"),
          Map.entry("tires", "tyre"));

  private MessageText() {}

  /** Lower-cased, NFKC-normalised, whitespace collapsed, curly quotes straightened. */
  public static String normalise(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replace('\u2019', '\'').replace('\u2018', '\'');
    s = s.replaceAll("https?://\\S+", " link ").replaceAll("£\\s?\\d[\\d,.]*k?", " money ");
    s = s.replaceAll("\\d+", "0");
    return s.replaceAll("\\s+", " ").strip();
  }

  /** Words of a normalised message, with plain forms added after slang. */
  public static List<String> words(String normalised) {
    List<String> words = new ArrayList<>();
    var m = TOKEN.matcher(normalised);
    while (m.find()) {
      String w = m.group().replaceAll("^'+|'+$", "");
      if (w.isEmpty()) {
        continue;
      }
      words.add(w);
      String plain = PLAIN.get(w);
      if (plain != null) {
        words.add(plain);
      }
    }
    return words;
  }

  /** True when the message has at least one letter in any script. */
  public static boolean hasLetters(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }
}
