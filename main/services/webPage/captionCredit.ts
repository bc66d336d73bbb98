/**
 * A caption printed with its photo credit in the same text, split in two. Only for captions
 * whose template has no element of its own for the credit (most do, and pageFigures reads
 * that first). The forms are the ones captions end with on news sites: a bracketed credit,
 * "Photo: …", a slash credit after the last sentence.
 */
const TRAILING_FORMS: readonly RegExp[] = [
  // "… on Saturday. (AP Photo/Jane Doe)", "… (Getty Images)", "… [File: Reuters]"
  /^(?<caption>.*?)\s*[([](?<credit>[^()[\]]{2,80})[)\]]\.?$/u,
  // "… | Photo: Agency", "… Photograph: Jane Doe/Reuters", "… Foto: EFE"
  /^(?<caption>.*?)\s*(?:[|·]\s*)?\b(?<credit>(?:Photo(?:graph)?|Picture|Image|Foto|Imagen)\s*(?::|by)\s*.{2,80})$/u,
  // "… in Kyiv. REUTERS/Toby Melville", "… on Monday. Jane Doe/Getty Images"
  /^(?<caption>.*[.!?])\s+(?<credit>[^.!?]{2,60}\/[^.!?]{2,60})$/u,
];

/** Words that make a bracketed tail a credit, not an aside of the caption ("(left)", "(2019)"). */
const CREDIT_WORDS = /\/|\b(?:photo|foto|getty|images?|reuters|afp|ap|epa|efe|dpa|pool|file|courtesy|handout|archive|collection|shutterstock|via|xinhua|anadolu|bloomberg)\b|©/iu;

export function splitCaptionCredit(text: string): { caption: string; credit: string } {
  for (const form of TRAILING_FORMS) {
    const match = form.exec(text);
    const credit = match?.groups?.credit.trim() ?? '';
    if (match && CREDIT_WORDS.test(credit)) {
      return { caption: match.groups!.caption.trim(), credit: credit.replace(/^(?:Photo(?:graph)?|Picture|Image|Foto|Imagen)\s*(?::|by)\s*/iu, '').replace(/\.$/, '') };
    }
  }
  return { caption: text, credit: '' };
}
