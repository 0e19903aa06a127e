package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Set;
import uk.police.portal.ui.caseapi.entity.EvidenceItem;
import uk.police.portal.ui.caseapi.entity.WitnessStatement;
import uk.police.portal.ui.staff.CaseWords;

/**
 * One file on the evidence list. Everyone who may read the case sees its name, type, size, who
 * added it and when, and its SHA-256; the preview or player, where and when a photo was taken, the
 * download and the record of who has seen it are for those who may open files.
 */
class EvidenceEntry extends ListItem {

  /** What case-api can make a preview of; HEIC and the rest are downloaded to be seen. */
  static final Set<String> PREVIEWED = Set.of("image/jpeg", "image/png");

  /** What a browser plays without a plug-in; MOV, AVI and CCTV formats are downloaded instead. */
  static final Set<String> PLAYABLE = Set.of("video/mp4", "video/x-m4v", "video/webm");

  static final String NO_PREVIEW = "No preview for this kind of file.";

  EvidenceEntry(OpenedCase opened, EvidenceItem item, WitnessStatement statement) {
    addClassName("evidence-item");
    setId("evidence-" + item.id());
    add(new H3(item.name()));
    if (opened.mayOpenFiles()) {
      add(look(opened, item));
    }
    Facts facts = facts(item, statement);
    add(facts);
    if (opened.mayOpenFiles()) {
      capture(facts, item);
      Anchor download =
          new Anchor(opened.download(item.id(), item.name()), "Download " + item.name());
      download.addClassName("evidence-download");
      add(new Paragraph(download), new EvidenceTrail(opened, item.id()));
    }
  }

  private static Component look(OpenedCase opened, EvidenceItem item) {
    if (PREVIEWED.contains(item.mediaType())) {
      Image preview =
          new Image(opened.thumbnail(item.id(), item.name()), "Preview of " + item.name());
      preview.addClassName("evidence-preview");
      // Each preview is an audited read: only those scrolled to are asked for.
      preview.getElement().setAttribute("loading", "lazy");
      return preview;
    }
    if (PLAYABLE.contains(item.mediaType())) {
      return player(opened, item);
    }
    Paragraph none =
        new Paragraph(
            "VIDEO".equals(item.kind())
                ? "A browser cannot play this kind of video. Download it to watch it."
                : NO_PREVIEW);
    none.addClassName("evidence-no-preview");
    return none;
  }

  /** Loads nothing until the officer presses play: every fetch is an audited download. */
  private static Component player(OpenedCase opened, EvidenceItem item) {
    Element video = new Element("video");
    video.setAttribute("controls", true);
    video.setAttribute("preload", "none");
    video.setAttribute("aria-label", "Video: " + item.name());
    video.setAttribute("src", opened.playback(item.id(), item.name()));
    video.setText("Your browser cannot play this video. Download it to watch it.");
    Div player = new Div();
    player.addClassName("evidence-player");
    player.getElement().appendChild(video);
    player.add(new Paragraph("The video is as it was recorded: it has no captions."));
    return player;
  }

  private static Facts facts(EvidenceItem item, WitnessStatement statement) {
    Facts facts =
        new Facts()
            .fact("What it is", CaseWords.orNotGiven(item.typeInWords()))
            .fact("Size", CaseWords.orNotGiven(item.sizeInWords()))
            .fact(
                "Added",
                CaseWords.dateTime(item.uploadedAt())
                    + ", by "
                    + CaseWords.orNotGiven(item.uploadedBy()))
            .fact("SHA-256", sha256(item.sha256()));
    if (statement != null) {
      facts.fact(
          "Witness statement", "This is the signed statement, version " + statement.version());
    }
    return facts;
  }

  /** Where and when a photo was taken is for those working the case, as the file itself is. */
  private static void capture(Facts facts, EvidenceItem item) {
    CaptureWords.takenAt(item.capture()).ifPresent(taken -> facts.fact("Taken", taken));
    CaptureWords.camera(item.capture()).ifPresent(camera -> facts.fact("Camera", camera));
    if (CaptureWords.hasLocation(item.capture())) {
      facts.fact("Where the camera says it was", where(item));
    }
  }

  /**
   * The hash in full, in groups of eight shown apart (the text itself has no spaces, so a copy is
   * the hash as it is), to be compared with another copy group by group.
   */
  static Code sha256(String hash) {
    Code code = new Code();
    code.addClassName("sha256");
    if (hash == null || hash.isBlank()) {
      code.setText("Not given");
      return code;
    }
    for (int at = 0; at < hash.length(); at += 8) {
      Span group = new Span(hash.substring(at, Math.min(at + 8, hash.length())));
      group.addClassName("sha256-group");
      code.add(group);
    }
    return code;
  }

  private static Component[] where(EvidenceItem item) {
    Span place = new Span(CaptureWords.location(item.capture()) + " (latitude, longitude). ");
    Anchor map =
        new Anchor(
            CaptureWords.mapLink(item.capture()),
            "Open this place on OpenStreetMap (another website)",
            AnchorTarget.BLANK);
    map.getElement().setAttribute("rel", "noopener noreferrer");
    map.addClassName("evidence-map");
    return new Component[] {place, map};
  }
}
