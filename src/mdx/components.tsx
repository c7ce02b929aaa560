/**
 * The one map of components lessons may use (react.dev's approach: a small fixed set).
 * Each feature area owns a file in ./maps and adds its labs there; this file only merges them.
 * Heavy pieces (charts, editors) are React.lazy inside those maps.
 */
import type { MDXComponents } from 'mdx/types';
import { Anchor } from './Anchor.tsx';
import { Callout, GoingFurther, InstructorNote, Keypoints, Objectives, Questions } from './boxes.tsx';
import { CodeBlock } from './CodeBlock.tsx';
import { LessonChunk } from './LessonChunk.tsx';
import { Tab, Tabs } from './Tabs.tsx';
import { SectionH2, SectionH3 } from '../lessons/SectionHeading.tsx';
import { coreLabs } from './maps/core.tsx';
import { lessonLabs } from './maps/lessons.tsx';
import { poolLabs } from './maps/pools.tsx';
import { sharedMemoryLabs } from './maps/shared-memory.tsx';
import { mpiLabs } from './maps/mpi.tsx';
import { gpuLabs } from './maps/gpu.tsx';
import { workflowLabs } from './maps/workflows.tsx';
import { clusterLabs } from './maps/cluster.tsx';
import { compiledLabs } from './maps/compiled.tsx';
import { mpiPatternLabs } from './maps/mpi-patterns.tsx';
import { measureFirstLabs } from './maps/measure-first.tsx';
import { threadLabs } from './maps/threads.tsx';
import { exerciseComponents } from './maps/exercises.tsx';

/** Every component a lesson's MDX can use, by the name it is written with. */
export const mdxComponents: MDXComponents = {
  a: Anchor,
  pre: CodeBlock,
  h2: SectionH2,
  h3: SectionH3,
  LessonChunk,
  Callout,
  GoingFurther,
  InstructorNote,
  Questions,
  Objectives,
  Keypoints,
  Tabs,
  Tab,
  ...coreLabs,
  ...lessonLabs,
  ...poolLabs,
  ...sharedMemoryLabs,
  ...mpiLabs,
  ...gpuLabs,
  ...workflowLabs,
  ...clusterLabs,
  ...compiledLabs,
  ...mpiPatternLabs,
  ...threadLabs,
  ...measureFirstLabs,
  ...exerciseComponents,
};
