package com.pullsafe.web.coach;

import com.pullsafe.identity.Role;
import com.pullsafe.roster.Coach;
import com.pullsafe.roster.Invitation;
import com.pullsafe.roster.InvitationRow;
import com.pullsafe.roster.InvitationService;
import com.pullsafe.roster.RosterService;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.Throttled;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Form;
import com.pullsafe.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Backs {@code /coach/invite.xhtml}: a coach invites athletes, a tenant admin athletes and coaches,
 * one by one or from a CSV file, whose rows are shown with their problems before anyone is invited.
 */
@Named
@ViewScoped
public class InviteBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The page, for the redirect after invitations are sent. */
  static final String PAGE = "/coach/invite.xhtml";

  /** The largest list file read (a list of {@value InvitationService#MAX_ROWS} fits easily). */
  static final int MAX_FILE_BYTES = 256 * 1024;

  private static final Form SINGLE =
      Form.of("single")
          .input("email", "email")
          .input("displayName", "name")
          .input("role", "role")
          .input("coachId", "coach");
  private static final Form LIST = Form.of("list").input("file", "file");

  @Inject private InvitationService invitations;
  @Inject private RosterService roster;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private List<AthletesBean.CoachChoice> coaches;
  private String name;
  private String email;
  private String role = Role.ATHLETE.name();
  private Long coachId;
  private transient Part file;
  private String csv;
  private List<InvitationRow> rows;

  @PostConstruct
  void load() {
    coaches =
        roster.coaches().stream()
            .filter(c -> c.getAccount().isActive())
            .map((Coach c) -> new AthletesBean.CoachChoice(c.getId(), c.getDisplayName()))
            .toList();
  }

  public void invite() {
    feedback.submit(
        SINGLE,
        () -> {
          invitations.invite(new Invitation(email, name, role, coachId));
          feedback.doneThenShow(texts.get("invite.sent", email.trim()), PAGE);
        });
  }

  /** Reads the chosen file and shows its rows with their problems; stores nothing. */
  public void preview() {
    rows = null;
    csv = null;
    if (file == null || file.getSize() == 0) {
      feedback.fieldError("list:file", texts.get("invite.file.required"));
      return;
    }
    if (file.getSize() > MAX_FILE_BYTES) {
      feedback.fieldError("list:file", texts.get("invite.file.tooBig", MAX_FILE_BYTES / 1024));
      return;
    }
    String text = read(file);
    if (text == null) {
      feedback.fieldError("list:file", texts.get("invite.file.notText"));
      return;
    }
    feedback.submit(
        LIST,
        () -> {
          rows = invitations.preview(text);
          csv = text;
        });
  }

  /** Invites everyone of the previewed list, or shows the rows it was refused for. */
  public void sendAll() {
    if (csv == null) {
      return;
    }
    try {
      int count = invitations.inviteAll(csv).size();
      feedback.doneThenShow(texts.get("invite.sentAll", count), PAGE);
    } catch (InvalidInput refused) {
      rows = InvitationRow.refused(rows, refused.errors());
      feedback.error(texts.get("invite.list.changed"));
    } catch (Throttled throttled) {
      feedback.error(throttled.getMessage());
    }
  }

  public void discard() {
    rows = null;
    csv = null;
  }

  private static String read(Part part) {
    try (InputStream in = part.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isListSendable() {
    return rows != null && !rows.isEmpty() && rows.stream().allMatch(InvitationRow::isValid);
  }

  public long getBadRows() {
    return rows == null ? 0 : rows.stream().filter(r -> !r.isValid()).count();
  }

  /** A row's problems as one line, each field named. */
  public String problems(InvitationRow row) {
    return String.join(
        "; ",
        row.problems().stream()
            .map(p -> texts.get("invite.column." + p.field()) + ": " + p.message())
            .toList());
  }

  public List<AthletesBean.CoachChoice> getCoaches() {
    return coaches;
  }

  public List<InvitationRow> getRows() {
    return rows;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public Long getCoachId() {
    return coachId;
  }

  public void setCoachId(Long coachId) {
    this.coachId = coachId;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
