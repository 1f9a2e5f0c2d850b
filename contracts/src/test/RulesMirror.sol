// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {KappaRules} from "../KappaRules.sol";

/// @notice Test-only: exposes KappaRules, the code the hub runs, so that
/// contracts/crosscheck_test.go can compare the Go encodings with it.
contract RulesMirror {
    function commitment(
        uint256 chainId,
        address hub,
        uint256 campaignId,
        uint256 chunkId,
        address annotator,
        uint256[] calldata labels,
        bytes32 labelDoc,
        bytes32 salt
    ) external pure returns (bytes32) {
        return KappaRules.commitment(chainId, hub, campaignId, chunkId, annotator, labels, labelDoc, salt);
    }

    function leafHash(uint64 chunkId, uint8 tier, uint16 size, bytes32 tasksRoot, bytes32 gold)
        external
        pure
        returns (bytes32)
    {
        return KappaRules.leafHash(chunkId, tier, size, tasksRoot, gold);
    }

    function goldCommitment(uint256[] calldata mask, uint256[] calldata labels, bytes32 salt)
        external
        pure
        returns (bytes32)
    {
        return KappaRules.goldCommitment(mask, labels, salt);
    }
}
