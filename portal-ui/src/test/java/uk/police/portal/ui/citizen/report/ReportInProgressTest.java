package uk.police.portal.ui.citizen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReportInProgressTest {

  /**
   * Views hold a CDI client proxy of this session bean; a field read on the proxy reads one copy
   * shared by everyone, so one person's answers could reach another. Only methods may be used.
   */
  @Test
  void sessionStateIsReachableOnlyThroughMethods() {
    assertThat(Arrays.stream(ReportInProgress.class.getDeclaredFields()))
        .filteredOn(f -> !Modifier.isStatic(f.getModifiers()))
        .extracting(Field::getName)
        .isNotEmpty()
        .allSatisfy(
            name ->
                assertThat(
                        Modifier.isPrivate(
                            ReportInProgress.class.getDeclaredField(name).getModifiers()))
                    .as(name)
                    .isTrue());
  }
}
