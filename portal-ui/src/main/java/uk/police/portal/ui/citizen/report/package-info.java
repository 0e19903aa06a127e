/**
 * Reporting a crime online: a start page, one question per page, check your answers and a
 * confirmation with the crime reference. Answers live in the session and are saved to case-api as a
 * draft after every page, so a closed tab loses nothing.
 */
package uk.police.portal.ui.citizen.report;
