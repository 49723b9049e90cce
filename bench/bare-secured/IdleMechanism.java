import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Added to the bare servlet (bench/delivery.sh's "bare Payara + Jakarta Security" case): a Jakarta
 * Security mechanism that authenticates nobody. With one in an application, Payara runs its
 * authentication bridge (JASPIC, a CDI lookup of the mechanism, JACC checks) on every request, also
 * for public paths; the CMS needs one for its staff. The case shows what that costs the container.
 */
@ApplicationScoped
public class IdleMechanism implements HttpAuthenticationMechanism {

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return context.doNothing();
  }
}
