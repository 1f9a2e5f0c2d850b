// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReentrantToken
/// @notice TEST ONLY. An ERC-20 that, once armed, calls back into a target
/// (the kappa hub) from inside every transfer, to prove that the hub's
/// token-moving entry points cannot be re-entered to pay twice.
contract ReentrantToken is ERC20 {
    address public target;
    bytes public payload;
    bool public armed;
    /// @notice Whether the last callback's call into the target succeeded.
    bool public lastCallbackSucceeded;
    /// @notice Revert data of the last failed callback.
    bytes public lastCallbackError;
    /// @notice Number of callbacks attempted.
    uint256 public callbacks;

    constructor() ERC20("Reentrant", "REENT") {}

    /// @notice Mint freely (test token).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Make this contract call `target` with `data`, so that the token
    /// contract itself can act as a requester or annotator in the hub (the
    /// account a re-entrant callback would try to pay twice).
    function exec(address target_, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory ret) = target_.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    /// @notice Approve `spender` to move this contract's own tokens.
    function selfApprove(address spender, uint256 amount) external {
        _approve(address(this), spender, amount);
    }

    /// @notice Arm the callback: the next transfers call `target` with `data`.
    function arm(address target_, bytes calldata data) external {
        target = target_;
        payload = data;
        armed = true;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (armed && from == target) {
            armed = false; // one callback per arming, no infinite loop
            callbacks++;
            (bool ok, bytes memory ret) = target.call(payload);
            lastCallbackSucceeded = ok;
            lastCallbackError = ret;
        }
    }
}
