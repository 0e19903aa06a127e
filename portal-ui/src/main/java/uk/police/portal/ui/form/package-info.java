/**
 * Form pieces in the GOV.UK Design System's shape (label or legend, hint, error message, error
 * summary, summary list), built from native HTML so that labels, hints and errors reach every
 * screen reader the same way.
 */
package uk.police.portal.ui.form;
