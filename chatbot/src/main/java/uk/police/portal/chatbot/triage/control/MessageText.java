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

  /**
   * Key words of the other languages people write to us in (Polish, Spanish, Romanian, French,
   * Arabic, Urdu, Punjabi) glossed to the English word the corpus uses, so that what the model
   * learnt from English phrasings also reads a short message in another language. The corpus has
   * only a few lines per language per category; without the gloss such a message is decided by its
   * function words ("un hombre me ...").
   */
  private static final Map<String, String> GLOSS =
      Map.ofEntries(
          Map.entry("robó", "stolen"),
          Map.entry("robaron", "stolen"),
          Map.entry("robar", "stolen"),
          Map.entry("robo", "stolen"),
          Map.entry("volé", "stolen"),
          Map.entry("volée", "stolen"),
          Map.entry("voler", "stolen"),
          Map.entry("چوری", "stolen"),
          Map.entry("bije", "beaten"),
          Map.entry("pegó", "beaten"),
          Map.entry("مارا", "beaten"),
          Map.entry("مارتا", "beaten"),
          Map.entry("دھمکیاں", "threatened"),
          Map.entry("pies", "dog"),
          Map.entry("psa", "dog"),
          Map.entry("psem", "dog"),
          Map.entry("کتا", "dog"),
          Map.entry("کتے", "dog"),
          Map.entry("گاڑی", "car"),
          Map.entry("ਕਾਰ", "car"),
          Map.entry("رسائل", "messages"),
          Map.entry("رسالة", "messages"),
          Map.entry("بٹوہ", "wallet"),
          Map.entry("mąż", "husband"),
          Map.entry("żona", "husband"),
          Map.entry("żony", "husband"),
          Map.entry("żonę", "husband"),
          Map.entry("soț", "husband"),
          Map.entry("بیوی", "husband"),
          Map.entry("ਪਤੀ", "husband"),
          Map.entry("ਪਤਨੀ", "husband"),
          Map.entry("perdí", "lost"),
          Map.entry("فقدت", "lost"),
          Map.entry("گم", "lost"),
          Map.entry("ਗੁੰਮ", "lost"),
          Map.entry("لاپتہ", "missing"),
          Map.entry("ਲਾਪਤਾ", "missing"),
          Map.entry("drogas", "drugs"),
          Map.entry("منشیات", "drugs"),
          Map.entry("شور", "noise"),
          Map.entry("ਸ਼ੋਰ", "noise"),
          Map.entry("فراڈ", "scam"),
          Map.entry("پیچھا", "stalking"),
          Map.entry("tocó", "touched"),
          Map.entry("گالیاں", "racist"),
          Map.entry("ڈپریشن", "depressed"),
          Map.entry("ذہنی", "depressed"),
          Map.entry("ਮਾਨਸਿਕ", "depressed"),
          Map.entry("chocó", "crashed"),
          Map.entry("ٹکر", "crashed"),
          Map.entry("ਟੱਕਰ", "crashed"),
          Map.entry("rompió", "smashed"));

  /** As {@link #GLOSS}, for stems that are inflected: any word starting with the key. */
  private static final Map<String, String> GLOSS_STEMS =
      Map.ofEntries(
          Map.entry("ukrad", "stolen"),
          Map.entry("kradzie", "stolen"),
          Map.entry("kradn", "stolen"),
          Map.entry("robado", "stolen"),
          Map.entry("robada", "stolen"),
          Map.entry("furat", "stolen"),
          Map.entry("furtul", "stolen"),
          Map.entry("سرق", "stolen"),
          Map.entry("چرا", "stolen"),
          Map.entry("ਚੋਰੀ", "stolen"),
          Map.entry("pobi", "beaten"),
          Map.entry("uderzy", "beaten"),
          Map.entry("bił", "beaten"),
          Map.entry("pega", "beaten"),
          Map.entry("golpe", "beaten"),
          Map.entry("paliza", "beaten"),
          Map.entry("lovit", "beaten"),
          Map.entry("bătut", "beaten"),
          Map.entry("frapp", "beaten"),
          Map.entry("ضرب", "beaten"),
          Map.entry("يضرب", "beaten"),
          Map.entry("ਕੁੱਟ", "beaten"),
          Map.entry("groz", "threatened"),
          Map.entry("groź", "threatened"),
          Map.entry("amenaz", "threatened"),
          Map.entry("amenin", "threatened"),
          Map.entry("menac", "threatened"),
          Map.entry("هدد", "threatened"),
          Map.entry("يهدد", "threatened"),
          Map.entry("تهديد", "threatened"),
          Map.entry("دھمکی", "threatened"),
          Map.entry("ਧਮਕੀ", "threatened"),
          Map.entry("perro", "dog"),
          Map.entry("câine", "dog"),
          Map.entry("câin", "dog"),
          Map.entry("chien", "dog"),
          Map.entry("كلب", "dog"),
          Map.entry("ਕੁੱਤ", "dog"),
          Map.entry("samoch", "car"),
          Map.entry("coche", "car"),
          Map.entry("mașin", "car"),
          Map.entry("masin", "car"),
          Map.entry("voiture", "car"),
          Map.entry("سيار", "car"),
          Map.entry("właściciel", "landlord"),
          Map.entry("propietario", "landlord"),
          Map.entry("proprietar", "landlord"),
          Map.entry("propriétaire", "landlord"),
          Map.entry("wiadomo", "messages"),
          Map.entry("mensaje", "messages"),
          Map.entry("mesaj", "messages"),
          Map.entry("پیغام", "messages"),
          Map.entry("ਸੁਨੇਹ", "messages"),
          Map.entry("portfel", "wallet"),
          Map.entry("torebk", "wallet"),
          Map.entry("cartera", "wallet"),
          Map.entry("bolso", "wallet"),
          Map.entry("portofel", "wallet"),
          Map.entry("geant", "wallet"),
          Map.entry("portefeuille", "wallet"),
          Map.entry("محفظ", "wallet"),
          Map.entry("حقيب", "wallet"),
          Map.entry("ਬਟੂਆ", "wallet"),
          Map.entry("męż", "husband"),
          Map.entry("soțul", "husband"),
          Map.entry("soția", "husband"),
          Map.entry("marido", "husband"),
          Map.entry("esposo", "husband"),
          Map.entry("pareja", "husband"),
          Map.entry("زوج", "husband"),
          Map.entry("شوہر", "husband"),
          Map.entry("zgubi", "lost"),
          Map.entry("perdid", "lost"),
          Map.entry("pierdut", "lost"),
          Map.entry("perdu", "lost"),
          Map.entry("ضاع", "lost"),
          Map.entry("zagin", "missing"),
          Map.entry("desapareci", "missing"),
          Map.entry("dispărut", "missing"),
          Map.entry("disparu", "missing"),
          Map.entry("مفقود", "missing"),
          Map.entry("اختف", "missing"),
          Map.entry("narkoty", "drugs"),
          Map.entry("droga", "drugs"),
          Map.entry("drog", "drugs"),
          Map.entry("drogue", "drugs"),
          Map.entry("مخدر", "drugs"),
          Map.entry("ਨਸ਼", "drugs"),
          Map.entry("hałas", "noise"),
          Map.entry("głośn", "noise"),
          Map.entry("ruido", "noise"),
          Map.entry("zgomot", "noise"),
          Map.entry("bruit", "noise"),
          Map.entry("ضجيج", "noise"),
          Map.entry("إزعاج", "noise"),
          Map.entry("oszu", "scam"),
          Map.entry("wyłudz", "scam"),
          Map.entry("estaf", "scam"),
          Map.entry("țeap", "scam"),
          Map.entry("escroc", "scam"),
          Map.entry("înșel", "scam"),
          Map.entry("arnaqu", "scam"),
          Map.entry("escroq", "scam"),
          Map.entry("احتيال", "scam"),
          Map.entry("نصب", "scam"),
          Map.entry("دھوکہ", "scam"),
          Map.entry("ਧੋਖ", "scam"),
          Map.entry("włama", "burglary"),
          Map.entry("cambriol", "burglary"),
          Map.entry("effraction", "burglary"),
          Map.entry("اقتحم", "burglary"),
          Map.entry("نقب", "burglary"),
          Map.entry("śledzi", "stalking"),
          Map.entry("acos", "stalking"),
          Map.entry("urmăre", "stalking"),
          Map.entry("harcè", "stalking"),
          Map.entry("harcel", "stalking"),
          Map.entry("يلاحق", "stalking"),
          Map.entry("dotyk", "touched"),
          Map.entry("dotyka", "touched"),
          Map.entry("toca", "touched"),
          Map.entry("atins", "touched"),
          Map.entry("touché", "touched"),
          Map.entry("لمس", "touched"),
          Map.entry("تحرش", "touched"),
          Map.entry("چھیڑ", "touched"),
          Map.entry("ਛੂਹ", "touched"),
          Map.entry("rasist", "racist"),
          Map.entry("racist", "racist"),
          Map.entry("racis", "racist"),
          Map.entry("wyzyw", "racist"),
          Map.entry("insulta", "racist"),
          Map.entry("insultó", "racist"),
          Map.entry("insulté", "racist"),
          Map.entry("jign", "racist"),
          Map.entry("شتم", "racist"),
          Map.entry("گالی", "racist"),
          Map.entry("ਗਾਲ੍ਹ", "racist"),
          Map.entry("przygnębi", "depressed"),
          Map.entry("depresj", "depressed"),
          Map.entry("deprimid", "depressed"),
          Map.entry("depresi", "depressed"),
          Map.entry("deprimat", "depressed"),
          Map.entry("déprim", "depressed"),
          Map.entry("dépress", "depressed"),
          Map.entry("مكتئب", "depressed"),
          Map.entry("اكتئاب", "depressed"),
          Map.entry("potrąci", "crashed"),
          Map.entry("wjecha", "crashed"),
          Map.entry("choca", "crashed"),
          Map.entry("atropell", "crashed"),
          Map.entry("percut", "crashed"),
          Map.entry("renvers", "crashed"),
          Map.entry("صدم", "crashed"),
          Map.entry("wybi", "smashed"),
          Map.entry("zniszcz", "smashed"),
          Map.entry("porysowa", "smashed"),
          Map.entry("rompi", "smashed"),
          Map.entry("spart", "smashed"),
          Map.entry("distrus", "smashed"),
          Map.entry("cassé", "smashed"),
          Map.entry("tagu", "smashed"),
          Map.entry("كسر", "smashed"),
          Map.entry("توڑ", "smashed"),
          Map.entry("ਤੋੜ", "smashed"));

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
      if (plain == null) {
        plain = gloss(w);
      }
      if (plain != null) {
        words.add(plain);
      }
    }
    return words;
  }

  private static String gloss(String word) {
    String english = GLOSS.get(word);
    if (english != null) {
      return english;
    }
    for (int end = Math.min(word.length(), 12); end >= 3; end--) {
      english = GLOSS_STEMS.get(word.substring(0, end));
      if (english != null) {
        return english;
      }
    }
    return null;
  }

  /** True when the message has at least one letter in any script. */
  public static boolean hasLetters(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }
}
