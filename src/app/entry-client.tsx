import 'katex/dist/katex.min.css';
import './styles/index.css';
import { hydrateRoot } from 'react-dom/client';
import type { ChapterModule } from './chapter-module';
import { contentFile, Page } from './Page';
import type { Route } from './routes';

const loaders = import.meta.glob<ChapterModule>('/content/**/*.mdx');

async function start() {
  const data = document.getElementById('page-data')?.textContent;
  if (!data) return;
  const route = JSON.parse(data) as Route;
  const file = contentFile(route);
  const load = file ? loaders[file] : undefined;
  const module = load ? await load() : undefined;
  const root = document.getElementById('root');
  if (root) hydrateRoot(root, <Page route={route} module={module} />);
}

void start();
