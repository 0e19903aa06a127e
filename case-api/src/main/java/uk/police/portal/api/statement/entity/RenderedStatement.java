package uk.police.portal.api.statement.entity;

/**
 * A statement as a PDF.
 *
 * @param pages the statement's own pages, as its declaration counts them; the PDF has one more, the
 *     witness's contact details
 * @param replacedCharacters some characters could not be drawn and show as □; the exact text is
 *     attached to the PDF as statement.txt
 */
public record RenderedStatement(byte[] pdf, int pages, boolean replacedCharacters) {}
