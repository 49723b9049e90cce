package org.specworks.cms.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's data grid, as far as the CMS uses it: a topic per purpose on the Hazelcast member the
 * server runs (Payara Micro with clustering on, Payara Server with Hazelcast enabled). Without a
 * grid ({@code --nocluster}, Hazelcast disabled) the instance is alone and nothing is sent.
 *
 * <p>Why a Hazelcast topic and not Payara's clustered CDI events or JCache: the topic is
 * Hazelcast's own publish/subscribe (delivery to every member, including ones on Payara Server), it
 * needs only the Hazelcast API, which Maven Central has in the version Payara ships (Payara's own
 * API artifact is not there), and a message is a line of text, so no application class has to be
 * deserialised by the grid. JCache would keep data, not tell of changes.
 */
@ApplicationScoped
public class DataGrid {

  private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

  /**
   * Where Payara binds its Hazelcast member (the default of {@code set-hazelcast-configuration}).
   */
  static final String JNDI_NAME = "payara/Hazelcast";

  /** The grid member of this instance, when clustering is on and it is running. */
  Optional<HazelcastInstance> member() {
    try {
      Object bound = new InitialContext().lookup(JNDI_NAME);
      if (bound instanceof HazelcastInstance member && member.getLifecycleService().isRunning()) {
        return Optional.of(member);
      }
    } catch (NamingException | RuntimeException notClustered) {
      LOG.fine(() -> "No data grid: " + notClustered);
    }
    return Optional.empty();
  }

  /** How many instances the grid has, this one included; 1 without a grid. */
  public int members() {
    return member().map(grid -> grid.getCluster().getMembers().size()).orElse(1);
  }

  /** Sends {@code text} to every other instance on {@code topic}; nothing without a grid. */
  void publish(String topic, String text) {
    member().ifPresent(grid -> grid.<String>getTopic(topic).publish(text));
  }

  /**
   * Hands every message another instance sends on {@code topic} to {@code receiver}, on a thread of
   * the grid: a receiver hands slow work on. Empty without a grid.
   *
   * @return what ends the subscription
   */
  Optional<Runnable> subscribe(String topic, Consumer<String> receiver) {
    return member()
        .map(
            grid -> {
              ITopic<String> messages = grid.getTopic(topic);
              UUID id =
                  messages.addMessageListener(
                      message -> {
                        if (!message.getPublishingMember().localMember()) {
                          receiver.accept(message.getMessageObject());
                        }
                      });
              return () -> messages.removeMessageListener(id);
            });
  }
}
