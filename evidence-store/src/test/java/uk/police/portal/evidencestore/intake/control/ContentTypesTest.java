package uk.police.portal.evidencestore.intake.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.police.portal.evidencestore.intake.SampleFiles.ascii;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.police.portal.evidencestore.intake.SampleFiles;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.OriginalName;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException.Reason;

class ContentTypesTest {

  static final ContentTypes TYPES = new ContentTypes();

  static Stream<Arguments> acceptedFiles() {
    return Stream.of(
        Arguments.of("photo.jpg", SampleFiles.photoWithExif(), AcceptedType.JPEG),
        Arguments.of("drawing.png", SampleFiles.png(20, 10), AcceptedType.PNG),
        Arguments.of("IMG_0001.HEIC", SampleFiles.heicWithExif(), AcceptedType.HEIC),
        Arguments.of("samsung.heif", SampleFiles.isoMedia("mif1"), AcceptedType.HEIF),
        Arguments.of("phone.mp4", SampleFiles.isoMedia("isom"), AcceptedType.MP4),
        Arguments.of("camera.mp4", SampleFiles.isoMedia("mp42"), AcceptedType.MP4),
        Arguments.of("iphone.MOV", SampleFiles.isoMedia("qt  "), AcceptedType.QUICKTIME),
        Arguments.of("old.3gp", SampleFiles.isoMedia("3gp4"), AcceptedType.THREE_GP),
        Arguments.of("memo.m4a", SampleFiles.isoMedia("M4A "), AcceptedType.M4A),
        Arguments.of("cctv.avi", SampleFiles.avi(), AcceptedType.AVI),
        Arguments.of("dvr.mpg", SampleFiles.mpegProgramStream(), AcceptedType.MPEG_PS),
        Arguments.of("nvr.ts", SampleFiles.mpegTransportStream(), AcceptedType.MPEG_TS),
        Arguments.of("ch01.dav", SampleFiles.dahuaDav(), AcceptedType.DAHUA_DAV),
        Arguments.of("ch01_20260305.mp4", SampleFiles.hikvision(), AcceptedType.HIKVISION),
        Arguments.of("call.wav", SampleFiles.wav(), AcceptedType.WAV),
        Arguments.of("voicemail.mp3", SampleFiles.mp3(), AcceptedType.MP3),
        Arguments.of("noise.ogg", SampleFiles.oggVorbis(), AcceptedType.OGG_VORBIS),
        Arguments.of("letter.pdf", SampleFiles.pdf(), AcceptedType.PDF),
        Arguments.of("statement.docx", SampleFiles.docx(), AcceptedType.WORD),
        Arguments.of(
            "statement.doc", SampleFiles.compoundFile("WordDocument", 1), AcceptedType.WORD_97),
        Arguments.of("notes.txt", SampleFiles.text(), AcceptedType.TEXT),
        Arguments.of("receipts.csv", ascii("date,amount\n2026-03-05,12.50\n"), AcceptedType.TEXT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedFiles")
  void eachAcceptedKindIsRecognisedFromItsBytes(String name, byte[] bytes, AcceptedType expected) {
    assertThat(TYPES.decide(bytes, OriginalName.clean(name))).isEqualTo(expected);
  }

  @Test
  void theNameNeverDecidesTheType() {
    byte[] png = SampleFiles.png(4, 4);
    assertThat(TYPES.decide(png, OriginalName.clean("no extension"))).isEqualTo(AcceptedType.PNG);
    assertThat(TYPES.decide(png, OriginalName.clean("scan.x7q"))).isEqualTo(AcceptedType.PNG);
    assertThat(TYPES.detect(SampleFiles.windowsExecutable())).isEqualTo("application/x-msdownload");
  }

  static Stream<Arguments> refusedContent() {
    return Stream.of(
        Arguments.of("an executable renamed .jpg", "holiday.jpg", SampleFiles.windowsExecutable()),
        Arguments.of(
            "a Linux executable",
            "photo.jpg",
            SampleFiles.concat(ascii("\u007fELF\2\1\1\0"), new byte[200])),
        Arguments.of("an HTML page", "page.html", SampleFiles.html()),
        Arguments.of("an HTML page named .txt", "notes.txt", SampleFiles.html()),
        Arguments.of("a shell script", "notes.txt", ascii("#!/bin/sh\nrm -rf ~\n")),
        Arguments.of(
            "an SVG picture (can carry script)",
            "map.svg",
            ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")),
        Arguments.of("a ZIP archive", "photos.zip", SampleFiles.plainZip()),
        Arguments.of("a spreadsheet named .docx", "statement.docx", SampleFiles.xlsx()),
        Arguments.of("a Word file with macros", "statement.docx", SampleFiles.docm()),
        Arguments.of(
            "an Excel 97 file named .doc",
            "statement.doc",
            SampleFiles.compoundFile("Workbook", 1)),
        Arguments.of("a GIF", "anim.gif", ascii("GIF89a\1\0\1\0\0\0\0;")),
        Arguments.of(
            "random bytes", "clip.mp4", new byte[] {1, 2, 3, 4, 5, 0, 0, 0, 9, (byte) 200}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedContent")
  void whatIsNotOnTheAllowListIsRefusedInPlainEnglish(String what, String name, byte[] bytes) {
    assertThatThrownBy(() -> TYPES.decide(bytes, OriginalName.clean(name)))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessage(
            "This file is not a type we can accept. Send photos, videos, audio, PDF, Word or text files.")
        .extracting(e -> ((UploadRefusedException) e).reason())
        .isEqualTo(Reason.TYPE_NOT_ACCEPTED);
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> TYPES.decide(new byte[0], OriginalName.clean("photo.jpg")))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessage("This file is empty. Please check you chose the right file.")
        .extracting(e -> ((UploadRefusedException) e).reason())
        .isEqualTo(Reason.EMPTY);
  }

  static Stream<Arguments> contradictions() {
    return Stream.of(
        Arguments.of(
            "photo.jpg",
            SampleFiles.png(4, 4),
            "This file's name ends in .jpg, but the file is a PNG picture."),
        Arguments.of(
            "statement.docx",
            SampleFiles.pdf(),
            "This file's name ends in .docx, but the file is a PDF document."),
        Arguments.of(
            "clip.mp4",
            SampleFiles.photoWithExif(),
            "This file's name ends in .mp4, but the file is a JPEG photo."),
        Arguments.of(
            "page.html",
            SampleFiles.text(),
            "This file's name ends in .html, but the file is a text file."),
        Arguments.of(
            "setup.exe",
            SampleFiles.text(),
            "This file's name ends in .exe, but the file is a text file."),
        Arguments.of(
            "report.pdf",
            SampleFiles.wav(),
            "This file's name ends in .pdf, but the file is a WAV audio file."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contradictions")
  void aKnownExtensionOfAnotherTypeContradictsTheContent(String name, byte[] bytes, String start) {
    assertThatThrownBy(() -> TYPES.decide(bytes, OriginalName.clean(name)))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageStartingWith(start)
        .extracting(e -> ((UploadRefusedException) e).reason())
        .isEqualTo(Reason.NAME_CONTRADICTS_CONTENT);
  }

  @Test
  void isoMediaExtensionsMayBeSwappedBecauseTheContainerIsTheSame() {
    assertThat(TYPES.decide(SampleFiles.isoMedia("isom"), OriginalName.clean("clip.mov")))
        .isEqualTo(AcceptedType.MP4);
    assertThat(TYPES.decide(SampleFiles.isoMedia("qt  "), OriginalName.clean("clip.mp4")))
        .isEqualTo(AcceptedType.QUICKTIME);
  }

  @Test
  void anOle2FileWhoseDirectoryIsOutOfReachIsWordOnlyWhenNamedDoc() {
    byte[] farDirectory = SampleFiles.compoundFile("WordDocument", 200);
    assertThat(farDirectory.length).isGreaterThan(ContentTypes.HEAD_SIZE);
    byte[] head = Arrays.copyOf(farDirectory, ContentTypes.HEAD_SIZE);

    assertThat(TYPES.detect(head)).isEqualTo(ContentTypes.OLE2);
    assertThat(TYPES.decide(head, OriginalName.clean("statement.doc")))
        .isEqualTo(AcceptedType.WORD_97);
    assertThatThrownBy(() -> TYPES.decide(head, OriginalName.clean("installer.msi")))
        .extracting(e -> ((UploadRefusedException) e).reason())
        .isEqualTo(Reason.TYPE_NOT_ACCEPTED);
    assertThatThrownBy(() -> TYPES.decide(head, OriginalName.clean("statement")))
        .extracting(e -> ((UploadRefusedException) e).reason())
        .isEqualTo(Reason.TYPE_NOT_ACCEPTED);
  }

  @Test
  void aWordFileIsToldFromOtherOfficeFilesByTheNamesInside() {
    assertThat(TYPES.detect(SampleFiles.docx())).isEqualTo(AcceptedType.WORD.mediaType());
    assertThat(TYPES.detect(SampleFiles.xlsx())).isEqualTo(OfficeContainers.XLSX);
    assertThat(TYPES.detect(SampleFiles.compoundFile("WordDocument", 3)))
        .isEqualTo(OfficeContainers.DOC);
    assertThat(TYPES.detect(SampleFiles.compoundFile("Workbook", 3)))
        .isEqualTo(OfficeContainers.XLS);
  }
}
