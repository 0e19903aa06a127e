/** Type detection, limits applied while bytes stream, picture headers and EXIF reading. */
package uk.police.portal.evidencestore.intake.control;
