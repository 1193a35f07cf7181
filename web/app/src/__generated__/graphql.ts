/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type TodayPageQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayPageQuery = { reportingCurrency: string };


export const TodayPageDocument = {"__meta__":{"hash":"sha256:0d6f4d3efbb91a61fe73803630ed7cb14de7b91022d312ab410665138e0c2a30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}}]}}]} as unknown as DocumentNode<TodayPageQuery, TodayPageQueryVariables>;
