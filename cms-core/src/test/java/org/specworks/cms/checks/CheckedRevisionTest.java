package org.specworks.cms.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckedRevisionTest {

  private static final Finding EMPTY_LINK =
      Finding.warning(
          "empty-link", "The link “Members” has no address: add one or remove the link.");
  private static final Finding TYPO =
      Finding.warning("spelling", "“SpeckWorks” (1×): did you mean “SpecWorks”?");
  private static final Finding BROKEN =
      Finding.error("broken-link", "The link “x” points to /x, where there is no page.");

  @Test
  void findingsTheLiveRevisionHasTooAreKnownAndNeedNoNote() {
    List<Finding> live = Collections.nCopies(13, EMPTY_LINK);

    CheckedRevision checked = CheckedRevision.against(live, live);

    assertEquals(List.of(), checked.introduced());
    assertEquals(13, checked.alreadyLive().size());
    assertEquals(List.of(), checked.newWarnings());
  }

  @Test
  void aFourteenthEmptyLinkIsOneNewWarningBesideThirteenKnownOnes() {
    List<Finding> live = Collections.nCopies(13, EMPTY_LINK);

    CheckedRevision checked = CheckedRevision.against(Collections.nCopies(14, EMPTY_LINK), live);

    assertEquals(List.of(EMPTY_LINK), checked.newWarnings());
    assertEquals(13, checked.alreadyLive().size());
  }

  @Test
  void afterAFixOnlyWhatRemainsOfTheLiveFindingsIsKnown() {
    CheckedRevision checked =
        CheckedRevision.against(List.of(EMPTY_LINK), List.of(EMPTY_LINK, TYPO));

    assertEquals(List.of(), checked.introduced());
    assertEquals(List.of(EMPTY_LINK), checked.alreadyLive());
  }

  @Test
  void knownErrorsStillBlock() {
    CheckedRevision checked = CheckedRevision.against(List.of(BROKEN), List.of(BROKEN));

    assertEquals(List.of(BROKEN), checked.errors());
  }
}
