package com.pullsafe.web;

import com.pullsafe.reminders.ReminderMessage;
import com.pullsafe.reminders.ReminderSubscriptions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one-click unsubscribe of RFC 8058: a mail program that offers "unsubscribe" for a reminder
 * POSTs to the address in its {@code List-Unsubscribe} header. Only POST stops reminders; people
 * who follow the link in the text get {@code /unsubscribe.xhtml}, which asks first.
 */
@WebServlet(ReminderMessage.ONE_CLICK_PATH)
public class OneClickUnsubscribe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient ReminderSubscriptions subscriptions;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean stopped = subscriptions.unsubscribe(request.getParameter("token"));
    response.setStatus(
        stopped ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_NOT_FOUND);
  }
}
