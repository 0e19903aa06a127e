package uk.police.portal.ui.citizen.evidence;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.Locale;
import uk.police.portal.ui.caseapi.entity.EvidenceReceipt;
import uk.police.portal.ui.form.Dates;
import uk.police.portal.ui.form.Fingerprint;
import uk.police.portal.ui.form.SummaryList;

/** The receipt for one kept file, as case-api gave it: what a court would want to see. */
final class Receipt {

  private Receipt() {}

  static Div of(EvidenceReceipt receipt, ReceiptEmail email) {
    H3 title = new H3("Receipt for " + receipt.name());
    SummaryList facts =
        new SummaryList()
            .row("File name", receipt.name())
            .row("Size", size(receipt))
            .row("SHA-256", new Fingerprint(receipt.sha256()))
            .row("Received", Dates.dayAndTime(receipt.receivedAt()) + " (UK time)")
            .row("Case reference", receipt.reference());
    Div card = new Div(title, facts);
    card.setId("receipt-" + receipt.id());
    card.addClassName("receipt");
    card.add(
        new Paragraph(
            "The SHA-256 is the file's fingerprint: if the file changed at all, it would change."
                + " It shows which file you sent us."));
    if (email.sentence != null) {
      Paragraph emailed = new Paragraph(email.sentence);
      emailed.addClassName("receipt__email");
      card.add(emailed);
    }
    if (receipt.locationNote() != null && !receipt.locationNote().isBlank()) {
      Paragraph location = new Paragraph(receipt.locationNote());
      location.addClassNames("inset-text", "receipt__location");
      card.add(location);
    }
    return card;
  }

  static String size(EvidenceReceipt receipt) {
    String bytes = NumberFormat.getIntegerInstance(Locale.UK).format(receipt.size());
    String words = receipt.sizeInWords();
    return words == null || words.isBlank() ? bytes + " bytes" : words + " (" + bytes + " bytes)";
  }
}
