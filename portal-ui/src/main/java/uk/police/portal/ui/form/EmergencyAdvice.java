package uk.police.portal.ui.form;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The 999 advice, shown at once when an answer sounds like an emergency. It does not stop the
 * person: a false alarm must cost them one click, never their report.
 */
public class EmergencyAdvice extends Div {

  public static final String HEADING = "Call 999 if you or someone else is in danger now";

  final Paragraph carryOn = new Paragraph();

  public EmergencyAdvice(String carryOnText) {
    addClassName("emergency-advice");
    setId("emergency-advice");
    getElement().setAttribute("role", "alert");
    carryOn.setText(carryOnText);
    add(
        new H2(HEADING),
        new Paragraph(
            "If a crime is happening now, or someone is hurt or in danger, call 999 now. Do not"
                + " wait for us to read your report."),
        new Paragraph(
            "If you are deaf or cannot speak, text 999 if you have registered with emergencySMS,"
                + " or use Relay UK on 18000."),
        carryOn);
    setVisible(false);
  }

  public void show() {
    setVisible(true);
    getElement().executeJs("this.scrollIntoView()");
  }

  public void hide() {
    setVisible(false);
  }

  public boolean showing() {
    return isVisible();
  }
}
