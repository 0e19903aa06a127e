package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Map;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.EvidenceItem;
import uk.police.portal.ui.caseapi.entity.Listing;
import uk.police.portal.ui.caseapi.entity.WitnessStatement;

/**
 * The case's evidence, newest first: for every file what it is, its size, who added it and when,
 * its SHA-256 in full, and what a photo says about when, with what and where it was taken.
 *
 * <p>Roles: contact handlers, investigators and supervisors see the list. Investigators and
 * supervisors also get photo previews, a player for videos a browser can play, a download of every
 * file and each file's record of who has seen it; contact handlers are told to ask the officer in
 * charge (case-api refuses them the files in any case). Every read is audited by case-api with the
 * reason the case was opened for.
 */
class EvidencePanel extends Section {

  static final int PAGE_SIZE = 50;
  static final String HANDLERS_CANNOT_OPEN =
      "Contact handlers cannot open evidence files. Ask the officer in charge if you need to.";

  final OrderedList items = new OrderedList();

  EvidencePanel(OpenedCase opened, Map<Long, WitnessStatement> statements) {
    setId("evidence");
    items.addClassName("evidence-list");
    add(new H2("Evidence"));
    Listing<EvidenceItem> listing;
    try {
      listing = opened.caseApi().evidence(opened.reference(), opened.reason(), 0, PAGE_SIZE);
    } catch (CaseApiRefusedException e) {
      add(new Paragraph(e.getMessage()));
      return;
    } catch (CaseApiUnavailableException e) {
      add(
          new Paragraph(
              "We cannot load the evidence right now. Please try again in a few minutes."));
      return;
    }
    if (listing.items().isEmpty()) {
      add(new Paragraph("No files have been added to this case."));
      return;
    }
    add(new Paragraph(introduction(opened)));
    if (!opened.mayOpenFiles()) {
      Paragraph cannot = new Paragraph(HANDLERS_CANNOT_OPEN);
      cannot.setId("evidence-cannot-open");
      add(cannot);
    }
    listing
        .items()
        .forEach(item -> items.add(new EvidenceEntry(opened, item, statements.get(item.id()))));
    add(items);
    if (listing.total() > listing.items().size()) {
      add(
          new Paragraph(
              "Showing the newest "
                  + listing.items().size()
                  + " of "
                  + listing.total()
                  + " files."));
    }
  }

  private static String introduction(OpenedCase opened) {
    return opened.mayOpenFiles()
        ? "Newest first. Each file's SHA-256 was taken when it arrived and is checked every time"
            + " it is opened. Opening, previewing or downloading a file is recorded with your"
            + " reason."
        : "Newest first. Each file's SHA-256 was taken when it arrived.";
  }
}
