package org.specworks.cms.shared;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Signing keys generated once and kept in the database ({@code signing_key}), shared by every
 * instance on it.
 */
@Stateless
public class StoredSigningKeys {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private Clock clock;

  public Optional<byte[]> find(String name) {
    List<?> found =
        em.createNativeQuery("select secret from signing_key where name = ?1")
            .setParameter(1, name)
            .getResultList();
    return found.stream().findFirst().map(secret -> HexFormat.of().parseHex((String) secret));
  }

  /**
   * Stores a fresh random key under {@code name}, in a transaction of its own: when two first uses
   * race (two threads, or two instances starting together), one insert fails on the primary key
   * without spoiling its caller's transaction, and that caller reads the winner's key.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(String name) {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    em.createNativeQuery("insert into signing_key (name, secret, created_at) values (?1, ?2, ?3)")
        .setParameter(1, name)
        .setParameter(2, HexFormat.of().formatHex(fresh))
        .setParameter(3, Timestamp.from(clock.instant()))
        .executeUpdate();
  }
}
