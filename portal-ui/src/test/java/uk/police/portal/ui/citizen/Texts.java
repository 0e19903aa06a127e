package uk.police.portal.ui.citizen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/** What a person would read on a component, and which HTML tags it is made of. */
public final class Texts {

  private Texts() {}

  /** The visible text (hidden parts left out), as the browser would join it. */
  public static String visible(Component component) {
    StringBuilder text = new StringBuilder();
    collect(component.getElement(), text);
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  private static void collect(Element element, StringBuilder text) {
    if (element.isTextNode()) {
      text.append(element.getText()).append(' ');
      return;
    }
    if (!element.isVisible()) {
      return;
    }
    element.getChildren().forEach(child -> collect(child, text));
  }

  public static List<String> tags(Component component) {
    List<String> tags = new ArrayList<>();
    tags(component.getElement(), tags);
    return tags;
  }

  private static void tags(Element element, List<String> tags) {
    if (!element.isTextNode()) {
      tags.add(element.getTag());
      element.getChildren().forEach(child -> tags(child, tags));
    }
  }
}
