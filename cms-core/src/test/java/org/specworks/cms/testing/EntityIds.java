package org.specworks.cms.testing;

import java.lang.reflect.Field;

/**
 * Gives entities the ids JPA would. Rules that compare revisions or items by id (hotfix of live,
 * release entries, schedule messages) cannot be reached otherwise in a unit test, and the entities
 * rightly offer no setter.
 */
public final class EntityIds {

  private EntityIds() {}

  /**
   * Sets the private {@code id} field declared by the entity's class or a superclass, and returns
   * the entity.
   */
  public static <T> T withId(T entity, long id) {
    for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
      } catch (NoSuchFieldException notHere) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot set the id of " + entity.getClass().getName(), e);
      }
    }
    throw new IllegalArgumentException(entity.getClass().getName() + " has no id field");
  }
}
