package org.specworks.cms.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** A staff member who signs in to the admin. The password is only ever held as a PBKDF2 hash. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,62}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
  @SequenceGenerator(
      name = "staff_account_seq",
      sequenceName = "staff_account_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "username", nullable = false, unique = true, updatable = false, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 40)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /** Reviewer groups (e.g. "reviewers", "legal") that name who may act on a workflow step. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_account_group", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "group_name", nullable = false, length = 64)
  private Set<String> groups = new TreeSet<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sessions_revoked_at")
  private OffsetDateTime sessionsRevokedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected StaffAccount() {
    // for JPA
  }

  StaffAccount(
      String username,
      String displayName,
      Set<Role> roles,
      Set<String> groups,
      String passwordHash,
      boolean mustChangePassword,
      Instant createdAt) {
    this.username = normaliseUsername(username);
    if (displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("A display name is required");
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("An account needs at least one role");
    }
    this.displayName = displayName.strip();
    this.roles = EnumSet.copyOf(roles);
    groups.forEach(ReviewerGroups::requireValidName);
    this.groups = new TreeSet<>(groups);
    this.passwordHash = passwordHash;
    this.mustChangePassword = mustChangePassword;
    this.enabled = true;
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
  }

  /**
   * Lower-case letters, digits, dot, underscore and hyphen; 2 to 63 characters, starting with a
   * letter.
   */
  public static String normaliseUsername(String raw) {
    String username = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "A user name has 2 to 63 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter");
    }
    return username;
  }

  /**
   * The holder chose a new password: every session signed in before ends, since one of them may be
   * why the password was changed.
   *
   * @return the moment those sessions ended
   */
  Instant changePasswordHash(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.mustChangePassword = false;
    return revokeSessions(now);
  }

  /** Ends every session signed in until now; returns that moment. */
  Instant endSessions(Instant now) {
    return revokeSessions(now);
  }

  /**
   * An administrator set a temporary password: the holder must choose their own at the next
   * sign-in.
   */
  void resetPasswordHash(String temporaryHash, Instant now) {
    this.passwordHash = temporaryHash;
    this.mustChangePassword = true;
    revokeSessions(now);
  }

  void changeAccess(Set<Role> newRoles, Set<String> newGroups, Instant now) {
    if (newRoles.isEmpty()) {
      throw new IllegalArgumentException("An account needs at least one role");
    }
    newGroups.forEach(ReviewerGroups::requireValidName);
    this.roles = EnumSet.copyOf(newRoles);
    this.groups = new TreeSet<>(newGroups);
    revokeSessions(now);
  }

  void disable(Instant now) {
    this.enabled = false;
    revokeSessions(now);
  }

  void enable() {
    this.enabled = true;
  }

  // Microseconds: what both databases keep, so a reloaded account compares as this one does.
  private Instant revokeSessions(Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    this.sessionsRevokedAt = at.atOffset(ZoneOffset.UTC);
    return at;
  }

  /**
   * Whether a session that signed in at {@code signedInAt} may go on: not after the account was
   * disabled, its roles changed, its password was changed or reset, or its holder signed out
   * everywhere.
   */
  public boolean acceptsSessionFrom(Instant signedInAt) {
    return enabled
        && (sessionsRevokedAt == null || signedInAt.isAfter(sessionsRevokedAt.toInstant()));
  }

  /** For optimistic locking in forms: an edit based on an older version is refused. */
  public long version() {
    return version;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public SortedSet<String> groups() {
    return new TreeSet<>(groups);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  String passwordHash() {
    return passwordHash;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }
}
