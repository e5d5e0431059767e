/** The id of the section heading the reader is in: the last one whose top has scrolled past 30% of the view. */
export function currentSectionId(root: ParentNode = document): string | undefined {
  const headings = root.querySelectorAll<HTMLElement>('main h2[id], main h3[id]');
  let current: string | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= window.innerHeight * 0.3) current = heading.id;
    else break;
  }
  return current;
}
