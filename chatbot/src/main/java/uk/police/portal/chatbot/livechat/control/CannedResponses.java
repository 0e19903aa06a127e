package uk.police.portal.chatbot.livechat.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.police.portal.chatbot.livechat.entity.CannedResponse;

/**
 * What contact handlers find themselves typing again and again, written once with care: the safety
 * questions first, in the words a frightened person can answer. Numbers are the real national ones
 * (999, 101, Silent Solution 55, emergencySMS, textphone 18001, Victim Support, the National
 * Domestic Abuse Helpline).
 */
public final class CannedResponses {

  private static final List<CannedResponse> ALL =
      List.of(
          new CannedResponse(
              "greeting",
              "Greeting",
              "Hello, thank you for contacting the police. I have read what you told our online"
                  + " assistant, so you will not need to repeat it. How can I help?"),
          new CannedResponse(
              "safe-to-talk",
              "Are you safe to talk?",
              "Are you somewhere you can talk freely right now? If someone is with you and it is"
                  + " not safe, reply NO and I will only ask questions you can answer with yes or"
                  + " no."),
          new CannedResponse(
              "danger-now",
              "Safety check: danger now",
              "Is anyone in danger or hurt right now? If so, please call 999 straight away. If"
                  + " you cannot speak on the phone, call 999 from a mobile, stay on the line and"
                  + " press 55 when you are asked: that tells us you need help."),
          new CannedResponse(
              "location",
              "Ask for the location",
              "Can you tell me where you are now? A full address or postcode is best. If you do"
                  + " not know it, tell me what you can see around you, such as a shop name, a"
                  + " bus stop or a street sign."),
          new CannedResponse(
              "where-it-happened",
              "Ask where it happened",
              "Where did this happen? An address, a postcode or a description of the place is"
                  + " fine, for example \"the car park behind the library on King Street\"."),
          new CannedResponse(
              "999-or-101",
              "When to call 999 and when 101",
              "Call 999 if a crime is happening now, someone is in danger or hurt, or the person"
                  + " who did it is still nearby. For anything else you can chat with us here,"
                  + " report online or call 101."),
          new CannedResponse(
              "deaf-or-speech",
              "Deaf, hard of hearing or speech impaired",
              "If you are deaf, hard of hearing or speech impaired, you can contact 101 by"
                  + " textphone on 18001 101. In an emergency you can text 999 once you have"
                  + " registered: text the word register to 999 now, so it works when you need"
                  + " it."),
          new CannedResponse(
              "one-moment",
              "Bear with me",
              "Thank you. Please bear with me for a moment while I check that for you."),
          new CannedResponse(
              "describe-suspect",
              "Describe the person",
              "Can you describe the person who did it? Anything you noticed helps: height, build,"
                  + " clothing, hair, anything they said, and which way they went."),
          new CannedResponse(
              "keep-evidence",
              "Keep the evidence",
              "Please keep anything that could be evidence. Do not clean or throw away anything"
                  + " that was damaged or touched, and keep screenshots of any messages, with the"
                  + " date and time showing."),
          new CannedResponse(
              "crime-reference",
              "Recording a crime",
              "I am recording this as a crime now. I will send you a crime reference number in"
                  + " this chat. Please keep it: you will need it if you contact us again or speak"
                  + " to your insurer."),
          new CannedResponse(
              "victim-support",
              "Victim Support",
              "Victim Support gives free and confidential help to anyone affected by crime, whether"
                  + " or not they report it. You can call their Supportline any time on 08 08 16 89"
                  + " 111 or visit www.victimsupport.org.uk."),
          new CannedResponse(
              "domestic-abuse-helpline",
              "Domestic abuse helpline",
              "The National Domestic Abuse Helpline is free, confidential and open 24 hours a day"
                  + " on 0808 2000 247. If you need to leave this page quickly, use the Exit this"
                  + " page button or press Shift three times."),
          new CannedResponse(
              "passing-to-colleague",
              "Passing to a colleague",
              "I am going to pass you to a colleague who specialises in this. They will see"
                  + " everything you have told me, so you will not need to start again."),
          new CannedResponse(
              "still-there",
              "Are you still there?",
              "Are you still there? If I do not hear from you in the next few minutes I will close"
                  + " this chat. You can start a new one at any time, and if you are in danger,"
                  + " call 999."),
          new CannedResponse(
              "closing",
              "Closing the chat",
              "Thank you for contacting us. If anything changes or you remember more, start a new"
                  + " chat or call 101 and quote your reference. If you are ever in danger, call"
                  + " 999."));

  private CannedResponses() {}

  public static List<CannedResponse> all() {
    return ALL;
  }

  /**
   * Responses whose title or text contain every word typed (start of a word is enough: "loc" finds
   * "location"); all of them when nothing is typed.
   */
  public static List<CannedResponse> search(String query) {
    List<String> words = words(query);
    return ALL.stream().filter(r -> matchesAll(r, words)).toList();
  }

  private static boolean matchesAll(CannedResponse response, List<String> typed) {
    List<String> own = words(response.title() + " " + response.text());
    return typed.stream().allMatch(word -> own.stream().anyMatch(w -> w.startsWith(word)));
  }

  private static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }
}
