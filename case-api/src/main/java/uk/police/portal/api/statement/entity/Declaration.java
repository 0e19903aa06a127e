package uk.police.portal.api.statement.entity;

/**
 * The declaration of truth a written statement must carry to be admitted in criminal proceedings
 * (Criminal Justice Act 1967 s.9(2)(b); Magistrates' Courts Act 1980 s.5B; Criminal Procedure Rules
 * 16.2), in the words of the MG11 form. Its version is kept with each statement, so a change of
 * wording never alters what an earlier witness signed.
 */
public enum Declaration {
  CJA1967_S9_V1(
      "This statement (consisting of %d page(s) each signed by me) is true to the best of my"
          + " knowledge and belief and I make it knowing that, if it is tendered in evidence, I"
          + " shall be liable to prosecution if I have wilfully stated in it anything which I"
          + " know to be false, or do not believe to be true.");

  public static final Declaration CURRENT = CJA1967_S9_V1;
  public static final String LEGISLATION =
      "Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B";

  private final String wording;

  Declaration(String wording) {
    this.wording = wording;
  }

  /** The declaration for a statement of this many pages. */
  public String text(int pages) {
    return wording.formatted(pages);
  }
}
