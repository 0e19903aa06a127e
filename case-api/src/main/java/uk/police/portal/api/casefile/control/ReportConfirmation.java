package uk.police.portal.api.casefile.control;

import uk.police.portal.api.casefile.entity.ReportForm;
import uk.police.portal.api.casefile.entity.ReportReceipt;

/** A report has been saved as a case: confirm it to the person, if they allowed email. */
public record ReportConfirmation(ReportReceipt receipt, ReportForm form) {}
