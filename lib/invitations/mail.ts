import nodemailer from 'nodemailer';
import { env } from '@/lib/env';

/** Sends the invitation link when SMTP_URL is set; returns whether a mail went out. */
export async function sendInvitationMail(to: string, link: string, episodeTitles: string[]): Promise<boolean> {
  if (!env.SMTP_URL) return false;
  const transport = nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({
    from: env.MAIL_FROM,
    to,
    subject: 'Einladung zu Rewatch',
    text: [
      'Hallo,',
      '',
      'Chris und Nils laden dich ein, an den Notizen zu diesen Folgen mitzuschreiben:',
      ...episodeTitles.map((title) => `– ${title}`),
      '',
      `Mit diesem Link legst du deinen Zugang an (gültig 7 Tage, nur einmal benutzbar):`,
      link,
    ].join('\n'),
  });
  return true;
}
