package uk.police.portal.api.evidence.entity;

/**
 * The bytes the store holds for an evidence item are missing or are not the ones recorded at
 * upload. Never served; always logged as SEVERE.
 */
public class EvidenceIntegrityException extends RuntimeException {

  public EvidenceIntegrityException(String message) {
    super(message);
  }
}
