package uk.police.portal.api.casefile.entity;

/**
 * How quickly a victim must be told of a key event (Victims' Code, Right 6): within 5 working days,
 * or 1 working day for victims entitled to enhanced rights (vulnerable or intimidated victims,
 * victims of the most serious crimes, persistently targeted victims).
 */
public enum VictimRights {
  STANDARD(5),
  ENHANCED(1);

  private final int workingDays;

  VictimRights(int workingDays) {
    this.workingDays = workingDays;
  }

  public int workingDays() {
    return workingDays;
  }
}
