package org.knooppunt.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.knooppunt.platform.i18n.Messages;

/**
 * Turns the two ways a form post can fail before any application code runs into answers a person
 * understands, instead of a 500: an expired view (the session timed out while the page was open)
 * reloads the page with a message; a view state that cannot be read (forged or damaged) is a 400.
 * Everything else goes on to the error page as before.
 */
public class KnooppuntExceptionHandlerFactory extends ExceptionHandlerFactory {

  public KnooppuntExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  /** The handler itself. */
  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        var context = events.next().getContext();
        Throwable root = getRootCause(context.getException());
        if (root == null) {
          root = context.getException();
        }
        try {
          if (root instanceof ViewExpiredException) {
            reload(faces);
            events.remove();
          } else if (context.getPhaseId() == PhaseId.RESTORE_VIEW
              && root instanceof IllegalArgumentException) {
            faces.getExternalContext().responseSendError(400, "");
            faces.responseComplete();
            events.remove();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      getWrapped().handle();
    }

    private static void reload(FacesContext faces) throws IOException {
      var external = faces.getExternalContext();
      var request = (HttpServletRequest) external.getRequest();
      String text = Messages.get(request.getLocale(), "session.expired");
      external.getFlash().setKeepMessages(true);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
      String query = request.getQueryString();
      external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
      faces.responseComplete();
    }
  }
}
