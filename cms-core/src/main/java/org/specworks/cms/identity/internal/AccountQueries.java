package org.specworks.cms.identity.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.specworks.cms.identity.Role;
import org.specworks.cms.identity.StaffAccount;

/** The JPA queries of the identity feature. */
@Dependent
public class AccountQueries {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  public Optional<StaffAccount> byUsername(String username) {
    return em.createQuery(
            "select a from StaffAccount a where a.username = :username", StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public long countWithRole(Role role) {
    return em.createQuery(
            "select count(a) from StaffAccount a join a.roles r where r = :role", Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  /**
   * Enabled accounts holding {@code role}, locked so two administrators cannot remove the last two
   * at once.
   */
  public long countEnabledWithRoleForUpdate(Role role) {
    return em.createQuery(
            "select a from StaffAccount a join a.roles r where r = :role and a.enabled = true",
            StaffAccount.class)
        .setParameter("role", role)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .size();
  }

  public List<StaffAccount> all() {
    return em.createQuery("select a from StaffAccount a order by a.username", StaffAccount.class)
        .getResultList();
  }

  public void add(StaffAccount account) {
    em.persist(account);
  }
}
