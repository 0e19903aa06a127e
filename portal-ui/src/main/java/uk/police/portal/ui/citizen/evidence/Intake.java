package uk.police.portal.ui.citizen.evidence;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** What the page says before anyone chooses a file, and how the upload component is set up. */
final class Intake {

  static final String HINT_ID = "evidence-hint";

  static final String UNAVAILABLE =
      "We could not keep this file. Nothing was saved. Try again in a few minutes.";

  private Intake() {}

  static Div whatWeAccept() {
    UnorderedList kinds = new UnorderedList();
    kinds.addClassName("list--bullet");
    kinds.add(
        new ListItem("photos (JPEG, PNG or HEIC), up to 50 MB each"),
        new ListItem("videos (MP4, MOV, AVI and exports from CCTV systems), up to 2 GB each"),
        new ListItem("audio recordings (such as MP3, M4A or WAV), up to 50 MB each"),
        new ListItem("documents (PDF, Word or text files), up to 50 MB each"));
    Paragraph original =
        new Paragraph(
            "We keep each file exactly as you send it: we never change the original. You can"
                + " choose several files at once.");
    Paragraph location = new Paragraph(EvidenceSection.LOCATION_SENTENCE);
    Div hint = new Div(new Paragraph("You can send us:"), kinds, original, location);
    hint.setId(HINT_ID);
    hint.addClassName("evidence__hint");
    return hint;
  }

  /** Several files at once, the largest limit case-api has, words in plain English. */
  static void configure(Upload upload, NativeButton choose) {
    upload.setId("evidence-upload");
    upload.setUploadButton(choose);
    choose.getElement().setAttribute("aria-describedby", HINT_ID);
    upload.setAcceptedFileTypes(EvidenceSection.ACCEPTED);
    // Past Integer.MAX_VALUE, which is why it is set as a number rather than with setMaxFileSize.
    upload.getElement().setProperty("maxFileSize", (double) EvidenceSection.LARGEST_FILE);
    upload.setI18n(words());
  }

  static UploadI18N words() {
    UploadI18N words = new UploadI18N();
    words.setAddFiles(new UploadI18N.AddFiles().setOne("Choose file").setMany("Choose files"));
    words.setDropFiles(
        new UploadI18N.DropFiles().setOne("or drop a file here").setMany("or drop files here"));
    words.setError(
        new UploadI18N.Error()
            .setTooManyFiles("You cannot add more files here at once.")
            .setFileIsTooBig(
                "This file is larger than 2 GB, the most we can accept. Ask the officer dealing"
                    + " with your case how to send it.")
            .setIncorrectFileType(
                "This is not a type of file we can accept. Send photos, videos, audio, PDF,"
                    + " Word or text files."));
    UploadI18N.Uploading uploading = new UploadI18N.Uploading();
    uploading.setStatus(
        new UploadI18N.Uploading.Status()
            .setConnecting("Starting")
            .setStalled("Waiting for the connection")
            .setProcessing("Checking the file")
            .setHeld("Waiting to start"));
    uploading.setRemainingTime(
        new UploadI18N.Uploading.RemainingTime()
            .setPrefix("time left: ")
            .setUnknown("working out the time left"));
    uploading.setError(
        new UploadI18N.Uploading.Error()
            .setServerUnavailable(UNAVAILABLE)
            .setUnexpectedServerError(UNAVAILABLE)
            .setForbidden("We could not keep this file."));
    words.setUploading(uploading);
    words.setFile(new UploadI18N.File().setRetry("Try again").setStart("Send").setRemove("Remove"));
    return words;
  }

  /**
   * vaadin-upload shows its own fixed words for any refusal; this shows case-api's reason in the
   * file's row instead (and so in the component's announcement), when our server sent it as plain
   * text. Anything else keeps the component's own handling and the words above.
   */
  static void showRefusalsInRows(Upload upload) {
    upload
        .getElement()
        .executeJs(
            "if (this.__portalRefusals) return; this.__portalRefusals = true;"
                + "this.addEventListener('upload-response', e => {"
                + "  const xhr = e.detail.xhr, file = e.detail.file;"
                + "  const type = xhr.getResponseHeader('Content-Type') || '';"
                + "  if (xhr.status < 400 || !type.startsWith('text/plain') || !xhr.responseText)"
                + "    return;"
                + "  e.preventDefault();"
                + "  file.error = xhr.responseText; file.complete = false;"
                + "  this.dispatchEvent(new CustomEvent('upload-error', {detail: {file, xhr}}));"
                + "  this.files = [...this.files];"
                + "});");
  }
}
