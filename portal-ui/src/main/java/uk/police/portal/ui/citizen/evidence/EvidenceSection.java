package uk.police.portal.ui.citizen.evidence;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Optional;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.control.EvidenceStreams;
import uk.police.portal.ui.caseapi.entity.EvidenceItem;
import uk.police.portal.ui.form.Buttons;
import uk.police.portal.ui.form.Dates;
import uk.police.portal.ui.form.Fingerprint;
import uk.police.portal.ui.form.SummaryList;

/**
 * Photos, videos and documents for one case: what we accept, the upload (several files at once, a
 * progress bar and cancel for each, all vaadin-upload's own), a receipt or a reason for every file,
 * said aloud through a live region, and the files added so far. case-api makes every real check;
 * the limits here only spare people a wait for a file that cannot be kept.
 */
public class EvidenceSection extends Div {

  /** The largest file case-api takes at all (a video); each type has its own limit there. */
  public static final long LARGEST_FILE = 2L * 1024 * 1024 * 1024;

  static final int MOST_LISTED = 100;

  static final String LOCATION_SENTENCE =
      "If a photo holds the place where it was taken, we keep that location because it may help"
          + " the investigation.";

  /** What the file picker offers first (phones offer their camera for pictures and video). */
  static final String[] ACCEPTED = {
    "image/*",
    "video/*",
    "audio/*",
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text/plain",
    ".jpg",
    ".jpeg",
    ".png",
    ".heic",
    ".heif",
    ".mp4",
    ".m4v",
    ".mov",
    ".avi",
    ".3gp",
    ".mpg",
    ".mpeg",
    ".ts",
    ".mts",
    ".m2ts",
    ".wmv",
    ".asf",
    ".dav",
    ".264",
    ".h264",
    ".mp3",
    ".m4a",
    ".aac",
    ".wav",
    ".ogg",
    ".opus",
    ".pdf",
    ".doc",
    ".docx",
    ".txt",
    ".csv",
    ".log",
    ".md"
  };

  final String reference;
  final ReceiptEmail email;
  final CaseApiClient caseApi;
  final Upload upload = new Upload();
  final UnorderedList said = new UnorderedList();
  final Div receipts = new Div();
  final Div added = new Div();
  final NativeButton choose = Buttons.secondary("Choose files");

  /**
   * @param heading the section's H2
   * @param open false for a closed case, which takes no more files
   */
  public EvidenceSection(
      String heading,
      String reference,
      boolean open,
      ReceiptEmail email,
      CaseApiClient caseApi,
      EvidenceStreams streams) {
    this.reference = reference;
    this.email = email;
    this.caseApi = caseApi;
    setId("evidence");
    addClassName("evidence");
    add(new H2(heading));
    if (open) {
      add(Intake.whatWeAccept());
      upload.setUploadHandler(new SendToCase(reference, streams, this::fetchAdded, this::show));
      Intake.configure(upload, choose);
      said.setId("evidence-said");
      said.addClassName("evidence__said");
      said.getElement().setAttribute("aria-live", "polite");
      said.getElement().setAttribute("aria-relevant", "additions");
      receipts.setId("evidence-receipts");
      add(upload, said, receipts);
    } else {
      add(
          new Paragraph(
              "This case is closed, so you cannot add files to it. If you have something new,"
                  + " call 101 and give your crime reference number."));
    }
    added.setId("evidence-added");
    add(new H3("Files you have added"), added);
    listAdded();
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    super.onAttach(attach);
    Intake.showRefusalsInRows(upload);
  }

  /** One file's outcome: said in the live region, and its receipt when it was kept. */
  void show(Outcome outcome, Optional<List<EvidenceItem>> nowAdded) {
    ListItem line = new ListItem();
    if (outcome.isKept()) {
      line.setText("We have kept " + outcome.name() + ". Its receipt is below.");
      line.addClassName("evidence__kept");
      receipts.addComponentAsFirst(Receipt.of(outcome.receipt(), email));
    } else {
      line.setText(outcome.name() + ": " + outcome.problem());
      line.addClassName("evidence__refused");
    }
    said.add(line);
    if (nowAdded != null) {
      showAdded(nowAdded);
    }
  }

  void listAdded() {
    showAdded(fetchAdded());
  }

  /** The person's files on the case, read with their token: call on their request's thread. */
  Optional<List<EvidenceItem>> fetchAdded() {
    try {
      return Optional.of(caseApi.evidence(reference, null, 0, MOST_LISTED).items());
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      return Optional.empty();
    }
  }

  void showAdded(Optional<List<EvidenceItem>> items) {
    added.removeAll();
    if (items.isEmpty()) {
      added.add(new Paragraph("We cannot show the files you have added right now."));
    } else if (items.get().isEmpty()) {
      added.add(new Paragraph("You have not added any files yet."));
    } else {
      UnorderedList list = new UnorderedList();
      list.addClassName("evidence-list");
      items.get().forEach(item -> list.add(listed(item)));
      added.add(list);
    }
  }

  private static ListItem listed(EvidenceItem item) {
    H4 name = new H4(item.name());
    name.addClassName("evidence-list__name");
    SummaryList facts =
        new SummaryList()
            .row("Type", item.typeInWords())
            .row("Size", item.sizeInWords())
            .row("Added", Dates.dayAndTime(item.uploadedAt()))
            .row("SHA-256", new Fingerprint(item.sha256()));
    ListItem entry = new ListItem(name, facts);
    entry.addClassName("evidence-list__item");
    return entry;
  }
}
