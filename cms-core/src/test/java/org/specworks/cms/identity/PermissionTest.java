package org.specworks.cms.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.specworks.cms.identity.Permission.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.specworks.cms.shared.PermissionDeniedException;

class PermissionTest {

  /** The policy as the admin's staff know it: what each role alone may do. */
  static Stream<Arguments> policy() {
    return Stream.of(
        Arguments.of(
            Role.EDITOR,
            EnumSet.of(
                CREATE_CONTENT,
                EDIT_CONTENT,
                IMPORT_LISTS,
                SUBMIT_FOR_REVIEW,
                COMMENT_ON_REVIEWS,
                COMPOSE_RELEASES,
                REOPEN_RELEASES,
                SHARE_PREVIEWS)),
        Arguments.of(
            Role.REVIEWER,
            EnumSet.of(
                COMMENT_ON_REVIEWS,
                DECIDE_ON_REVIEWS,
                PUBLISH,
                DECIDE_ON_RELEASES,
                PUBLISH_RELEASES,
                REOPEN_RELEASES,
                SHARE_PREVIEWS,
                SEE_TEAM_REVIEW_INSIGHTS)),
        Arguments.of(Role.ADMIN, EnumSet.allOf(Permission.class)));
  }

  @ParameterizedTest
  @MethodSource("policy")
  void eachRoleMayDoExactlyWhatThePolicySays(Role role, Set<Permission> allowed) {
    Actor actor = new Actor("someone", EnumSet.of(role), new TreeSet<>());
    for (Permission permission : Permission.values()) {
      assertEquals(allowed.contains(permission), actor.may(permission), role + " / " + permission);
    }
  }

  @Test
  void onlyAnAdministratorPublishesWithoutReviewOrManagesAccounts() {
    for (Permission adminOnly :
        EnumSet.of(
            PUBLISH_WITHOUT_REVIEW,
            MANAGE_ACCOUNTS,
            READ_AUDIT_LOG,
            CHANGE_WORKFLOWS,
            EXPORT_ACCEPTANCES,
            EXPORT_ARCHIVE,
            WATCH_OPERATIONS)) {
      assertEquals(EnumSet.of(Role.ADMIN), adminOnly.roles(), adminOnly.name());
    }
  }

  @Test
  void aRefusalNamesWhoWhatAndTheRolesThatMay() {
    Actor editor = new Actor("edna", EnumSet.of(Role.EDITOR), new TreeSet<>());

    PermissionDeniedException refused =
        assertThrows(PermissionDeniedException.class, () -> editor.require(PUBLISH));

    assertEquals(
        "edna may not publish content or take it off the site: that needs the role REVIEWER or ADMIN.",
        refused.getMessage());
    assertDoesNotThrow(() -> editor.require(EDIT_CONTENT));
  }

  @Test
  void someoneWithoutRolesMayDoNothing() {
    Actor nobody = Actor.named("visitor");
    for (Permission permission : Permission.values()) {
      assertThrows(
          PermissionDeniedException.class, () -> nobody.require(permission), permission.name());
    }
  }
}
